#pragma once
// FecGenerator: writes a large, realistic, valid synthetic FEC for benchmarks and tests: one fiscal year of sales (VE),
// bank receipts (BQ) lettered with the invoices they settle (some grouped, some partial, some late or never), opening
// balances (AN) and miscellaneous entries (OD); every entry balanced. Deterministic for a seed; streamed to disk.

#include "Result.h"

#include <QString>

struct FecGeneratorOptions
{
    qint64 lines = 1000; // about this many data lines (the last entries are whole, so a few more or less)
    quint64 seed = 1;
    int year = 2025;     // fiscal year, 1 January to 31 December
};

class FecGenerator final
{
public:
    // The number of data lines written, or a French error naming the file.
    static Result<qint64> write(const QString &path, const FecGeneratorOptions &options);
};
