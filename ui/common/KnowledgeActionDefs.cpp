#include "common/KnowledgeActionDefs.h"

namespace helpdesk {

QList<ActionDef> knowledgeActionDefs()
{
    using Kind = ActionDef::Kind;
    const QString editor = ActionCatalog::tr("Reply and note editor");
    const QString kb = ActionCatalog::tr("Knowledge base");
    const ActionWindow window = ActionWindow::Knowledge;
    QList<ActionDef> d;
    d.append({.id = QStringLiteral("editor.insertKnowledge"),
              .kind = Kind::Keys,
              .widget = QStringLiteral("composerEdit"),
              .group = editor,
              .description = ActionCatalog::tr("Insert a canned reply, macro or knowledge article"),
              .keys = {QKeySequence(Qt::CTRL | Qt::Key_K)},
              .where = ActionCatalog::tr("in the editor"),
              .otherWays = ActionCatalog::tr("type :: in the editor")});
    d.append({.id = QStringLiteral("knowledgePicker.move"),
              .kind = Kind::Keys,
              .window = window,
              .widget = QStringLiteral("knowledgeFilter"),
              .group = editor,
              .description = ActionCatalog::tr("Insert: move through the results"),
              .keys = {QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_Down),
                       QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_PageDown)},
              .where = ActionCatalog::tr("in the search box")});
    d.append({.id = QStringLiteral("knowledge.show"),
              .group = kb,
              .text = ActionCatalog::tr("&Knowledge Base…"),
              .toolTip = ActionCatalog::tr("Articles for customers and staff: browse, search, "
                                           "write, publish"),
              .description = ActionCatalog::tr("Knowledge base: articles"),
              .keys = {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)}});
    d.append({.id = QStringLiteral("ticket.draftArticle"),
              .group = kb,
              .text = ActionCatalog::tr("Draft &Article from Ticket…"),
              .toolTip = ActionCatalog::tr("Start an article from this resolved ticket: the "
                                           "problem, the steps that worked, the resolution"),
              .description = ActionCatalog::tr("Draft a knowledge article from the resolved "
                                               "ticket")});
    d.append({.id = QStringLiteral("knowledge.new"),
              .window = window,
              .group = kb,
              .text = ActionCatalog::tr("&New Article"),
              .description = ActionCatalog::tr("Knowledge base: new article"),
              .keys = {QKeySequence(Qt::CTRL | Qt::Key_N)}});
    d.append({.id = QStringLiteral("knowledge.save"),
              .window = window,
              .group = kb,
              .text = ActionCatalog::tr("&Save"),
              .toolTip = ActionCatalog::tr("Save the text as a new version (agents: as a "
                                           "proposal)"),
              .description = ActionCatalog::tr("Knowledge base: save the article"),
              .keys = {QKeySequence(Qt::CTRL | Qt::Key_S)}});
    d.append({.id = QStringLiteral("knowledge.publish"),
              .window = window,
              .group = kb,
              .text = ActionCatalog::tr("&Publish"),
              .toolTip = ActionCatalog::tr("Team leads and admins: publish the article"),
              .description = ActionCatalog::tr("Knowledge base: publish (team leads)"),
              .keys = {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)}});
    d.append({.id = QStringLiteral("knowledge.review"),
              .window = window,
              .group = kb,
              .text = ActionCatalog::tr("Mark &Reviewed"),
              .toolTip = ActionCatalog::tr("Team leads and admins: the text is still right "
                                           "(\"last reviewed\" on its page)")});
    d.append({.id = QStringLiteral("knowledge.versions"),
              .window = window,
              .group = kb,
              .text = ActionCatalog::tr("&Versions…"),
              .toolTip = ActionCatalog::tr("Who changed what, and restore an earlier version"),
              .description = ActionCatalog::tr("Knowledge base: versions of the article")});
    d.append({.id = QStringLiteral("knowledge.find"),
              .window = window,
              .group = kb,
              .text = ActionCatalog::tr("&Find"),
              .description = ActionCatalog::tr("Knowledge base: search the articles"),
              .keys = {QKeySequence(QKeySequence::Find)}});
    const QString macros = ActionCatalog::tr("Macros");
    d.append({.id = QStringLiteral("macros.show"),
              .group = macros,
              .text = ActionCatalog::tr("&Macros and Canned Replies…"),
              .toolTip = ActionCatalog::tr("Write and change the canned replies and macros the "
                                           "reply editor inserts"),
              .description = ActionCatalog::tr("Macros: open the editor")});
    d.append({.id = QStringLiteral("macros.new"),
              .window = ActionWindow::Macros,
              .group = macros,
              .text = ActionCatalog::tr("&New Macro"),
              .description = ActionCatalog::tr("Macros: new macro"),
              .keys = {QKeySequence(Qt::CTRL | Qt::Key_N)}});
    d.append({.id = QStringLiteral("macros.save"),
              .window = ActionWindow::Macros,
              .group = macros,
              .text = ActionCatalog::tr("&Save"),
              .toolTip = ActionCatalog::tr("Save the macro (refused while a placeholder is "
                                           "unknown or a check fails)"),
              .description = ActionCatalog::tr("Macros: save the macro"),
              .keys = {QKeySequence(Qt::CTRL | Qt::Key_S)}});
    d.append({.id = QStringLiteral("macros.delete"),
              .window = ActionWindow::Macros,
              .group = macros,
              .text = ActionCatalog::tr("&Delete"),
              .toolTip = ActionCatalog::tr("Delete the macro, or give a shipped macro its "
                                           "shipped text again"),
              .description = ActionCatalog::tr("Macros: delete the macro")});
    return d;
}

} // namespace helpdesk
