#pragma once
// LetterPreviewWidget: one page of a letter as it will print (an image from LetterRenderer::preview()), scaled to
// the space available with the A4 proportions kept; or a short message when there is nothing to show.

#include <QImage>
#include <QString>
#include <QWidget>

class LetterPreviewWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit LetterPreviewWidget(QWidget *parent = nullptr);

    void setImage(const QImage &page);
    // Shows `text` instead of a page (no customer to preview with, a letter that cannot be composed…).
    void setMessage(const QString &text);

    QImage image() const { return m_image; }
    QString message() const { return m_message; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    // Double-clicked: the page is wanted larger.
    void activated();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    QImage m_image;
    QString m_message;
};
