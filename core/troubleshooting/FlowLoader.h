#pragma once
// FlowLoader: reads troubleshooting flow files (docs/flows.md) and rejects broken ones. A file
// with invalid JSON, a missing or malformed field, an unknown step kind or action, a step
// without an outcome its kind must have, a reference to a step that does not exist, a step
// that can never be reached, or a loop with no way out to an end step is rejected with
// messages naming the file and the step; every other file still loads.
//
// Folders are read in order and a flow in a later folder replaces the one with the same id
// from an earlier folder: the built-in flows first, then the flows folder in the app-data
// directory, where an admin adds or overrides flows without recompiling.

#include "troubleshooting/Flow.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace helpdesk {

struct FlowFileError
{
    QString file;    // path of the file
    QString flowId;  // empty when the file did not get that far
    QString stepId;  // empty for a problem with the file or the flow as a whole
    QString message; // translated, names the file and the step, says what to change
};

struct FlowLoadReport
{
    QList<Flow> flows;           // the good flows, by id (later folders replaced earlier ones)
    QList<FlowFileError> errors; // one or more per rejected file
    QStringList overridden;      // ids of flows that a later folder replaced

    QStringList errorMessages() const;
};

class FlowLoader
{
public:
    // One file's contents: the flow, or its errors (file names the file in the messages).
    static FlowLoadReport parse(const QByteArray &json, const QString &file);
    // The structural checks on a parsed flow: required outcomes, step references, reachability
    // and loops without exit. parse() runs them; also usable for a flow built in code.
    static QList<FlowFileError> validate(const Flow &flow);

    static FlowLoadReport loadFile(const QString &path);
    // Every *.json file in the folder, in name order. A missing folder is not an error.
    static FlowLoadReport loadFolder(const QString &folder);
    // Later folders override earlier ones by flow id. A rejected override leaves the earlier
    // flow in place (and reports the error).
    static FlowLoadReport loadFolders(const QStringList &folders);

    // ":/helpdesk/flows": the flows compiled in from resources/flows.
    static QString builtInFolder();
    // "<AppDataLocation>/flows": where an admin drops extra or replacement flows.
    static QString userFolder();
    // builtInFolder(), then userFolder().
    static QStringList defaultFolders();
};

} // namespace helpdesk
