#pragma once
// MailtoUrl: "open in my mail program": a mailto: URL (RFC 6068) with recipients, subject and the plain-text body.
// Attachments cannot travel in a mailto: URL; the caller tells the user to attach the PDFs (or uses a .eml file).

#include "MailMessage.h"

#include <QString>

class MailtoUrl final
{
public:
    static QString build(const MailMessage &message);
};
