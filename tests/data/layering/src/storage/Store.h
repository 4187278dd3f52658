#pragma once
#include "Rule.h"
