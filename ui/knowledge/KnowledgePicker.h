#pragma once
// The reply editor's picker (Ctrl+K, or :: typed in the editor): finds canned replies, macros
// and knowledge articles by words as they are typed (the knowledge base's search rules), and
// hands the chosen one back. Enter takes the highlighted row, Esc closes.

#include "knowledge/KnowledgeService.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace helpdesk {

class KnowledgePicker : public QDialog
{
    Q_OBJECT
public:
    explicit KnowledgePicker(KnowledgeService *service, QWidget *parent = nullptr);

    // The row chosen (valid after accept()).
    const KnowledgeItem &chosen() const { return m_chosen; }
    // How many rows the last answer showed (for tests and the status line).
    int resultCount() const { return int(m_items.size()); }
    bool isLoading() const { return m_pending > 0; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void take();

    KnowledgeService *m_service;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_status;
    QTimer *m_typing;
    QList<KnowledgeItem> m_items;
    KnowledgeItem m_chosen;
    int m_pending = 0;
    bool m_takeWhenDone = false;
    quint64 m_generation = 0;
};

} // namespace helpdesk
