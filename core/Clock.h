#pragma once
// Clock: the one source of "today" and "now", injectable so that tests and the CLI can pin it.

#include <QDate>
#include <QDateTime>

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDate today() const = 0;
    virtual QDateTime now() const = 0;

    // The process-wide clock: the system clock unless a test or `--today` pinned another.
    static const Clock &instance();
    static void setInstance(const Clock *clock); // nullptr restores the system clock
};

class SystemClock final : public Clock
{
public:
    QDate today() const override { return QDate::currentDate(); }
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

// A clock stopped on one day; now() is that day at 09:00 local time.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDate day) : m_day(day) {}
    QDate today() const override { return m_day; }
    QDateTime now() const override { return QDateTime(m_day, QTime(9, 0)); }
    void setToday(QDate day) { m_day = day; }

private:
    QDate m_day;
};
