#pragma once
// The knowledge base's entries of the ActionCatalog (kept beside it so the catalog stays one
// table per screen): the reply editor's picker, the Knowledge Base window, "Draft Article".

#include "common/ActionCatalog.h"

namespace helpdesk {

QList<ActionDef> knowledgeActionDefs();

} // namespace helpdesk
