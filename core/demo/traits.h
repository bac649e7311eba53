#pragma once

#include "population.h"

namespace herald::demo {

class Random;

struct TraitContext
{
    qint64 joinedAt = 0;
    qint64 start = 0; // the simulated year, UTC epoch seconds
    qint64 until = 0;
    bool wholesale = false;
};

// A contact's hidden habits: a persona with one or two peak reading hours (local time), weekday preferences,
// engagement, click and purchase propensities, and whether and when it churns or its address dies.
ContactTraits drawTraits(Random &random, const TraitContext &context);

} // namespace herald::demo
