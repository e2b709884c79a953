#pragma once
// DemoPhrases: the words of the demo data (staff, customers' names, places, devices, what
// customers write and what agents answer), read from the JSON files in resources/demo, checked,
// and translated once. A missing or malformed file is an InvalidInput error naming the file
// and the entry.

#include "common/Result.h"
#include "staff/Staff.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace helpdesk {

// What a ticket is about; each topic has its own cases in cases.json.
enum class DemoTopic { Login, Activation, Locked, Recovery, Security, Other, Count };

struct DemoPhrases
{
    struct StaffEntry
    {
        QString login;
        QString name;
        StaffRole role = StaffRole::Agent;
        bool active = true;
    };
    struct Place
    {
        QString country;
        QString city;
    };
    struct Device
    {
        QString device;
        QString browser;
        QString userAgent;
        bool mobile = false;
    };
    // One kind of problem: how customers title it, how they describe it, what fixed it.
    struct Case
    {
        QString subject;
        QString message;
        QString solution;
    };

    // staff.json
    QList<StaffEntry> staff;
    // people.json
    QStringList firstNames;
    QStringList lastNames;
    QStringList emailDomains;
    // places.json: customers live in the first homePlaces places.
    QList<Place> places;
    int homePlaces = 0;
    // devices.json
    QList<Device> devices;
    // cases.json, by DemoTopic.
    std::array<QList<Case>, std::size_t(DemoTopic::Count)> cases;
    // customer-messages.json; signOffs take the customer's first name as %1.
    QStringList greetings;
    QStringList details;
    QStringList signOffs;
    QStringList accessContexts;
    QStringList securityContexts;
    // agent-messages.json; agentGreetings take the customer's first name, agentSignOffs the
    // agent's.
    QStringList agentGreetings;
    QStringList acknowledgements;
    QStringList questions;
    QStringList escalationReplies;
    QStringList agentSignOffs;
    QStringList notes;
    QString securityEscalationNote;
    QStringList leadEscalationNotes;
    // accounts.json
    QString lockFailedSignIns;
    QString lockReportedCompromise;
    QString lockUnusualLocation;
    QStringList suspensionReasons;

    const QList<Case> &casesFor(DemoTopic topic) const { return cases[std::size_t(topic)]; }

    // The files a data folder holds, in the order they are read.
    static QStringList fileNames();
    // ":/helpdesk/demo": the data compiled in from resources/demo.
    static QString builtInFolder();
    // The built-in data, read and checked on first use, then kept for the process.
    static const Result<DemoPhrases> &builtIn();
    // Reads and checks every file of a folder; the error lists each problem found.
    static Result<DemoPhrases> loadFolder(const QString &folder);
};

} // namespace helpdesk
