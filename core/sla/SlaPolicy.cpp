#include "sla/SlaPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace helpdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SlaPolicy", text);
}

Error fieldError(const QString &field, const QString &message)
{
    return Error::make(Error::Code::InvalidInput, message, QStringLiteral("field ") + field);
}

// Field names inside a set carry the policy's position: "policies[2].resolutionMinutes".
QString fieldName(const QString &prefix, const char *field)
{
    return prefix + QLatin1String(field);
}

Result<void> validatePolicy(const SlaPolicy &p, const QString &prefix)
{
    if (p.firstResponseMinutes <= 0) {
        const QString f = fieldName(prefix, "firstResponseMinutes");
        return fieldError(f,
                          tr("The first-response target (%1) must be more than 0 minutes.").arg(f));
    }
    if (p.resolutionMinutes <= 0) {
        const QString f = fieldName(prefix, "resolutionMinutes");
        return fieldError(f, tr("The resolution target (%1) must be more than 0 minutes.").arg(f));
    }
    if (p.firstResponseMinutes > p.resolutionMinutes) {
        const QString f = fieldName(prefix, "firstResponseMinutes");
        return fieldError(f, tr("The first-response target (%1, %2 minutes) must not be longer "
                                "than the resolution target (%3 minutes).")
                                 .arg(f)
                                 .arg(p.firstResponseMinutes)
                                 .arg(p.resolutionMinutes));
    }
    if (p.calendarId.trimmed().isEmpty()) {
        const QString f = fieldName(prefix, "calendar");
        return fieldError(
            f, tr("The policy must name the business calendar it counts in (%1).").arg(f));
    }
    return {};
}

Result<int> minutesFromJson(const QJsonObject &json, const QString &prefix, const char *field)
{
    const QJsonValue v = json.value(QLatin1String(field));
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::floor(d) || d > std::numeric_limits<int>::max() ||
        d < std::numeric_limits<int>::min()) {
        const QString f = fieldName(prefix, field);
        return fieldError(f, tr("%1 must be a whole number of minutes.").arg(f));
    }
    return int(d);
}

Result<SlaPolicy> policyFromJson(const QJsonObject &json, const QString &prefix)
{
    SlaPolicy p;
    const QString priorityKey = json.value(QStringLiteral("priority")).toString();
    const auto priority = Vocabulary::priorityFromKey(priorityKey);
    if (!priority) {
        const QString f = fieldName(prefix, "priority");
        return fieldError(
            f,
            tr("%1 must be one of low, normal, high, urgent (found \"%2\").").arg(f, priorityKey));
    }
    p.priority = *priority;

    const QJsonValue categoryValue = json.value(QStringLiteral("category"));
    if (!categoryValue.isUndefined() && !categoryValue.isNull()) {
        const QString categoryKey = categoryValue.toString();
        const auto category = Vocabulary::categoryFromKey(categoryKey);
        if (!category) {
            const QString f = fieldName(prefix, "category");
            return fieldError(f, tr("%1 must be one of login, recovery, security, other "
                                    "(found \"%2\").")
                                     .arg(f, categoryKey));
        }
        p.category = *category;
    }

    HD_TRY_ASSIGN(auto first, minutesFromJson(json, prefix, "firstResponseMinutes"));
    HD_TRY_ASSIGN(auto resolution, minutesFromJson(json, prefix, "resolutionMinutes"));
    p.firstResponseMinutes = first;
    p.resolutionMinutes = resolution;
    p.calendarId = json.value(QStringLiteral("calendar")).toString();

    HD_TRY(validatePolicy(p, prefix));
    return p;
}

} // namespace

Result<void> SlaPolicy::validate() const
{
    return validatePolicy(*this, QString());
}

QJsonObject SlaPolicy::toJson() const
{
    QJsonObject out{{QStringLiteral("priority"), Vocabulary::key(priority)},
                    {QStringLiteral("firstResponseMinutes"), firstResponseMinutes},
                    {QStringLiteral("resolutionMinutes"), resolutionMinutes},
                    {QStringLiteral("calendar"), calendarId}};
    if (category)
        out.insert(QStringLiteral("category"), Vocabulary::key(*category));
    return out;
}

Result<SlaPolicy> SlaPolicy::fromJson(const QJsonObject &json)
{
    return policyFromJson(json, QString());
}

qsizetype SlaPolicySet::indexOf(TicketPriority priority,
                                std::optional<TicketCategory> category) const
{
    for (qsizetype i = 0; i < m_policies.size(); ++i)
        if (m_policies.at(i).priority == priority && m_policies.at(i).category == category)
            return i;
    return -1;
}

Result<void> SlaPolicySet::add(const SlaPolicy &policy)
{
    if (auto valid = policy.validate(); !valid)
        return valid;
    if (indexOf(policy.priority, policy.category) >= 0) {
        const QString what = policy.category
                                 ? Vocabulary::label(policy.priority) + QStringLiteral(" / ") +
                                       Vocabulary::label(*policy.category)
                                 : Vocabulary::label(policy.priority);
        return fieldError(QStringLiteral("priority"),
                          tr("There is already an SLA policy for %1.").arg(what));
    }
    m_policies.append(policy);
    return {};
}

Result<void> SlaPolicySet::set(const SlaPolicy &policy)
{
    if (auto valid = policy.validate(); !valid)
        return valid;
    const qsizetype i = indexOf(policy.priority, policy.category);
    if (i >= 0)
        m_policies[i] = policy;
    else
        m_policies.append(policy);
    return {};
}

bool SlaPolicySet::remove(TicketPriority priority, std::optional<TicketCategory> category)
{
    const qsizetype i = indexOf(priority, category);
    if (i < 0)
        return false;
    m_policies.removeAt(i);
    return true;
}

std::optional<SlaPolicy> SlaPolicySet::policyFor(TicketPriority priority,
                                                 TicketCategory category) const
{
    if (const qsizetype i = indexOf(priority, category); i >= 0)
        return m_policies.at(i);
    if (const qsizetype i = indexOf(priority, std::nullopt); i >= 0)
        return m_policies.at(i);
    return std::nullopt;
}

QJsonObject SlaPolicySet::toJson() const
{
    QJsonArray list;
    for (const auto &p : m_policies)
        list.append(p.toJson());
    return QJsonObject{{QStringLiteral("policies"), list}};
}

Result<SlaPolicySet> SlaPolicySet::fromJson(const QJsonObject &json)
{
    const QJsonValue value = json.value(QStringLiteral("policies"));
    if (!value.isArray())
        return fieldError(QStringLiteral("policies"),
                          tr("policies must be a list of SLA policies."));
    SlaPolicySet set;
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString prefix = QStringLiteral("policies[%1].").arg(i);
        HD_TRY_ASSIGN(auto policy, policyFromJson(list.at(i).toObject(), prefix));
        if (set.indexOf(policy.priority, policy.category) >= 0) {
            const QString f = QStringLiteral("policies[%1]").arg(i);
            return fieldError(f, tr("%1 repeats the priority and category of an earlier "
                                    "policy.")
                                     .arg(f));
        }
        set.m_policies.append(policy);
    }
    return set;
}

} // namespace helpdesk
