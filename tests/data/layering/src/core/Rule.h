#pragma once
// A core header that reaches up into storage: the layering check must refuse it.
#include "Store.h"
