#pragma once
// FlowLibrary: the troubleshooting flows this client knows, by id, and which one to suggest for
// a ticket's category. A plain value, cheap to copy into worker jobs.

#include "troubleshooting/Flow.h"
#include "troubleshooting/FlowLoader.h"

#include <QList>

#include <optional>

namespace helpdesk {

class FlowLibrary
{
public:
    FlowLibrary() = default;
    explicit FlowLibrary(QList<Flow> flows);

    // The built-in flows plus the app-data flows folder (FlowLoader::defaultFolders()).
    // report, if given, receives the per-file errors (for a notice to the admin).
    static FlowLibrary loadDefault(FlowLoadReport *report = nullptr);
    static FlowLibrary load(const QStringList &folders, FlowLoadReport *report = nullptr);

    bool isEmpty() const { return m_flows.isEmpty(); }
    // Sorted by category (login, recovery, security, other), then title.
    const QList<Flow> &flows() const { return m_flows; }
    const Flow *flow(const QString &id) const;
    QList<Flow> forCategory(TicketCategory category) const;
    // The flow offered first for a ticket of this category: the first of forCategory() by id;
    // null when no flow is meant for it (the wizard then lets the agent choose any flow).
    const Flow *suggestedFor(TicketCategory category) const;

private:
    QList<Flow> m_flows;
};

} // namespace helpdesk
