// The rule language in one include: symbols, expressions, reasons, rule sets.
#pragma once

#include "core/rules/rule_error.h"       // IWYU pragma: export
#include "core/rules/rule_expression.h"  // IWYU pragma: export
#include "core/rules/rule_reason.h"      // IWYU pragma: export
#include "core/rules/rule_set.h"         // IWYU pragma: export
#include "core/rules/rule_symbols.h"     // IWYU pragma: export
