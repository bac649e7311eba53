#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace herald {

// A small blocking queue between two threads of an import (reading, mapping, writing): one fills batches while the
// next works on the previous ones, so every core works. Bounded, so memory stays constant in the size
// of the file.
template <typename Batch>
class BatchQueue
{
public:
    explicit BatchQueue(std::size_t capacity = 4) : m_capacity(capacity) {}

    // Blocks while full. Returns false once the queue was closed (the consumer gave up).
    bool push(Batch batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_closed || m_items.size() < m_capacity; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(batch));
        m_notEmpty.notify_one();
        return true;
    }

    // Blocks until a batch arrives; nullopt once the producer finished and everything was taken.
    std::optional<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return m_finished || m_closed || !m_items.empty(); });
        return takeFront();
    }

    // Returns at once: a batch if one is waiting, nullopt otherwise.
    std::optional<Batch> tryPop()
    {
        std::lock_guard lock(m_mutex);
        return takeFront();
    }

    // Producer: no more batches.
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_notEmpty.notify_all();
    }

    // Consumer: stop the producer (failure or cancel).
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_items.clear();
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }

    // Whether the consumer stopped the producer (rather than the producer finishing).
    bool isClosed()
    {
        std::lock_guard lock(m_mutex);
        return m_closed;
    }

private:
    // With m_mutex held.
    std::optional<Batch> takeFront()
    {
        if (m_items.empty())
            return std::nullopt;
        Batch batch = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return batch;
    }

    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<Batch> m_items;
    std::size_t m_capacity;
    bool m_finished = false;
    bool m_closed = false;
};

} // namespace herald
