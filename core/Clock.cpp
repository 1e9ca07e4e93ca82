#include "Clock.h"

namespace {
const SystemClock s_system;
const Clock *s_current = &s_system;
}

const Clock &Clock::instance() { return *s_current; }

void Clock::setInstance(const Clock *clock) { s_current = clock ? clock : &s_system; }
