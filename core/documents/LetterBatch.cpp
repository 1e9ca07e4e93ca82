#include "LetterBatch.h"

#include "Clock.h"
#include "CustomerRepository.h"
#include "LetterComposer.h"
#include "LetterLevel.h"
#include "LetterRenderer.h"
#include "PlannerSettings.h"
#include "ReminderPlanner.h"
#include "SettingsRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

Result<QList<LetterRequest>> LetterBatch::requests(const QDate &date, const QString &level, qint64 customerId)
{
    using R = Result<QList<LetterRequest>>;
    if (!level.isEmpty() && !LetterLevel::isValid(level))
        return R::failure(QStringLiteral("niveau de lettre inconnu : « %1 »").arg(level));
    QList<LetterRequest> out;

    if (level == LetterLevel::Statement || level == LetterLevel::Acknowledgement) {
        if (customerId) {
            out << LetterRequest{customerId, level, date, 0, {}, QStringLiteral("letter"), {}, {}, {}};
        } else if (level == LetterLevel::Statement) {
            for (const CustomerSummary &s : CustomerRepository(m_db).summaries(date))
                if (s.openBalanceCents > 0)
                    out << LetterRequest{s.id, level, date, 0, {}, QStringLiteral("letter"), {}, {}, {}};
        } else {
            return R::failure(QStringLiteral("une reconnaissance de dette se prépare pour un client (--customer CODE)"));
        }
        return out;
    }

    SettingsRepository settings(m_db);
    ReminderPlanner planner(m_db, PlannerSettings::load(settings));
    auto actions = planner.sync(Clock::instance().today(), date, date);
    if (!actions)
        return R::failure(actions.error());
    for (const Action &a : std::as_const(*actions)) {
        if (a.status != Action::Status::Planned || (a.channel != u"letter" && a.channel != u"registered_letter"))
            continue;
        if (!LetterLevel::isScenarioStep(a.step) || (!level.isEmpty() && a.step != level))
            continue;
        if (customerId && a.customerId != customerId)
            continue;
        out << LetterRequest{a.customerId, a.step, date, a.id, a.invoiceIds, a.channel, {}, {}, {}};
    }
    // A letter asked for by hand: that customer, at that level, even when the calendar plans nothing on paper.
    if (customerId && !level.isEmpty() && out.isEmpty()) {
        LetterRequest r{customerId, level, date, 0, {}, {}, {}, {}, {}};
        for (const Action &a : std::as_const(*actions))
            if (a.status == Action::Status::Planned && a.customerId == customerId && a.step == level)
                r.actionId = a.id; // a call or e-mail at that step: the letter carries it out instead
        out << r;
    }
    return out;
}

Result<QList<ComposedLetter>> LetterBatch::compose(const QList<LetterRequest> &requests, const Progress &progress)
{
    using R = Result<QList<ComposedLetter>>;
    LetterComposer composer(m_db);
    QList<ComposedLetter> letters;
    letters.reserve(requests.size());
    for (qsizetype i = 0; i < requests.size(); ++i) {
        auto letter = composer.compose(requests.at(i));
        if (!letter)
            return R::failure(letter.error());
        letters << std::move(letter).value();
        if (progress && !progress(int(i + 1), int(requests.size())))
            return R::failure(QStringLiteral("annulé"));
    }
    return letters;
}

Result<QStringList> LetterBatch::write(const QList<ComposedLetter> &letters, const QString &path, bool separate,
                                       const Progress &progress)
{
    using R = Result<QStringList>;
    if (letters.isEmpty())
        return R::failure(QStringLiteral("aucun courrier à écrire"));
    if (!separate) {
        auto pages = LetterRenderer::writePdf(letters, path, progress);
        if (!pages)
            return R::failure(pages.error());
        return QStringList{path};
    }
    QDir dir(path);
    if (!dir.exists() && !QDir().mkpath(path))
        return R::failure(QStringLiteral("%1 : dossier impossible à créer").arg(path));
    QStringList files;
    for (qsizetype i = 0; i < letters.size(); ++i) {
        QString name = letters.at(i).suggestedFileName();
        // Two letters of one customer at one level on one day (several actions): keep both.
        for (int n = 2; files.contains(dir.filePath(name)); ++n)
            name = QFileInfo(letters.at(i).suggestedFileName()).completeBaseName() + QStringLiteral("_%1.pdf").arg(n);
        const QString file = dir.filePath(name);
        auto pages = LetterRenderer::writePdf({letters.at(i)}, file);
        if (!pages) {
            for (const QString &f : std::as_const(files))
                QFile::remove(f);
            return R::failure(pages.error());
        }
        files << file;
        if (progress && !progress(int(i + 1), int(letters.size()))) {
            for (const QString &f : std::as_const(files))
                QFile::remove(f);
            return R::failure(QStringLiteral("annulé"));
        }
    }
    return files;
}
