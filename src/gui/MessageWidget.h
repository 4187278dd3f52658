#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace hc {

// An inline banner at the top of a view (KeePassXC's MessageWidget): errors are shown where the work is, not in
// a modal box. Tinted from the palette, so it follows the system colour scheme.
class MessageWidget : public QFrame {
    Q_OBJECT

public:
    enum class Type { Information, Positive, Warning, Error };
    Q_ENUM(Type)

    explicit MessageWidget(QWidget *parent = nullptr);

    Type type() const { return m_type; }
    QString text() const;

public slots:
    void showMessage(const QString &text, hc::MessageWidget::Type type);
    void hideMessage();

signals:
    void closed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateAppearance();

    Type m_type = Type::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_closeButton;
};

} // namespace hc
