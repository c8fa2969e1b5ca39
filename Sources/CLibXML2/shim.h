#ifndef DIGLOT_CLIBXML2_SHIM_H
#define DIGLOT_CLIBXML2_SHIM_H

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>

/// Swift 6 cannot call the `xmlFree` global function pointer directly.
static inline void diglot_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
