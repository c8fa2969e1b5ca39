#ifndef DIGLOT_CLIBXML2_SHIM_H
#define DIGLOT_CLIBXML2_SHIM_H

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>

#endif
