#pragma once
// A non-modal bar across the top of a window that shows an error or notice until dismissed.

#include <QFrame>

class QLabel;
class QToolButton;

namespace helpdesk {

class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Information };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Error);
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_label;
    QToolButton *m_close;
};

} // namespace helpdesk
