// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <type_traits>
#include <utility>
#include <variant>

namespace kotona::sync {

// Either a value or the error that stopped the operation: the return type of every
// core/sync operation a user's input or the network can make fail. Nothing in
// core/sync throws across its border. value() only when ok(), error() only when !ok().
template<typename T, typename E> class [[nodiscard]] Result
{
    static_assert(!std::is_same_v<T, E>, "a Result needs distinct value and error types");

public:
    Result(T value)
        : m_value(std::in_place_index<0>, std::move(value))
    { }
    Result(E error)
        : m_value(std::in_place_index<1>, std::move(error))
    { }

    [[nodiscard]] bool ok() const { return m_value.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T &value() const & { return std::get<0>(m_value); }
    [[nodiscard]] T &value() & { return std::get<0>(m_value); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_value)); }
    [[nodiscard]] const E &error() const { return std::get<1>(m_value); }

private:
    std::variant<T, E> m_value;
};

// The value of a Result that has nothing to return but success.
struct Done {
};

} // namespace kotona::sync
