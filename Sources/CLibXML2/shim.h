#ifndef GONGWEN_CLIBXML2_SHIM_H
#define GONGWEN_CLIBXML2_SHIM_H
// Foundation carries its own ICU; Debian's libxml2 headers pull in the system ICU when
// LIBXML_ICU_ENABLED is set, and the two clash in any module that sees both.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlmemory.h>

/// xmlFree is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void gw_xml_free(void *p) { xmlFree(p); }

#endif
