#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace hc {

// An expected-style result: a value, or a message fit for a person. Errors never cross layers as exceptions.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    // `code`: what callers and tests may branch on (0 = no particular kind), beside the message for a person.
    static Result failure(QString message, int code = 0)
    {
        Result r;
        r.m_error = std::move(message);
        r.m_code = code;
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const T &operator*() const & { return *m_value; }
    const QString &error() const { return m_error; }
    int code() const { return m_code; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
    int m_code = 0;
};

// A result without a value: success, or a message.
class [[nodiscard]] Status
{
public:
    Status() = default;
    static Status failure(QString message, int code = 0)
    {
        Status s;
        s.m_error = std::move(message);
        s.m_failed = true;
        s.m_code = code;
        return s;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }
    // What kind of failure, when the caller may act on it (e.g. ShrinkRefusedCode); 0 otherwise.
    int code() const { return m_code; }

private:
    QString m_error;
    bool m_failed = false;
    int m_code = 0;
};

} // namespace hc
