#include "troubleshooting/FlowLibrary.h"

#include <algorithm>

namespace helpdesk {

FlowLibrary::FlowLibrary(QList<Flow> flows) : m_flows(std::move(flows))
{
    std::sort(m_flows.begin(), m_flows.end(), [](const Flow &a, const Flow &b) {
        if (a.category != b.category)
            return int(a.category) < int(b.category);
        if (a.title != b.title)
            return a.title.localeAwareCompare(b.title) < 0;
        return a.id < b.id;
    });
}

FlowLibrary FlowLibrary::loadDefault(FlowLoadReport *report)
{
    return load(FlowLoader::defaultFolders(), report);
}

FlowLibrary FlowLibrary::load(const QStringList &folders, FlowLoadReport *report)
{
    FlowLoadReport loaded = FlowLoader::loadFolders(folders);
    FlowLibrary library(loaded.flows);
    if (report)
        *report = std::move(loaded);
    return library;
}

const Flow *FlowLibrary::flow(const QString &id) const
{
    for (const Flow &f : m_flows)
        if (f.id == id)
            return &f;
    return nullptr;
}

QList<Flow> FlowLibrary::forCategory(TicketCategory category) const
{
    QList<Flow> list;
    for (const Flow &f : m_flows)
        if (f.category == category)
            list.append(f);
    return list;
}

const Flow *FlowLibrary::suggestedFor(TicketCategory category) const
{
    const Flow *best = nullptr;
    for (const Flow &f : m_flows)
        if (f.category == category && (!best || f.id < best->id))
            best = &f;
    return best;
}

} // namespace helpdesk
