# Many threads mutating shared lists, dicts and sets, with and without locks. Without a
# lock the interleaving is arbitrary but every object must stay consistent (no torn
# state, no crash); with a lock the counters must be exact.
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 8
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 20000

shared_list = []
shared_dict = {}
shared_set = set()
counter = {'locked': 0, 'unlocked': 0}
lock = threading.Lock()
rlock = threading.RLock()
errors = []


def unlocked_worker(k):
    try:
        for i in range(ROUNDS):
            shared_list.append((k, i))
            if len(shared_list) > 1000:
                del shared_list[:500]
            shared_dict[(k, i % 300)] = i
            if i % 7 == 0:
                shared_dict.pop((k, (i - 7) % 300), None)
            shared_set.add(i % 500)
            shared_set.discard((i + 250) % 500)
            counter['unlocked'] += 1
            if i % 1000 == 0:
                sorted(shared_dict.items())[:3]
                list(shared_set)
    except Exception as e:
        errors.append(repr(e))


def locked_worker(k):
    for i in range(ROUNDS):
        with lock:
            counter['locked'] += 1
        with rlock:
            with rlock:
                counter[k] = counter.get(k, 0) + 1


threads = [threading.Thread(target=unlocked_worker, args=(k,)) for k in range(THREADS)]
threads += [threading.Thread(target=locked_worker, args=(f'w{k}',)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print('errors:', errors)
print('locked counter exact:', counter['locked'] == THREADS * ROUNDS)
print('per-thread counters exact:', all(counter[f'w{k}'] == ROUNDS for k in range(THREADS)))
print('unlocked counter in range:', 0 < counter['unlocked'] <= THREADS * ROUNDS)
print('list consistent:', len(shared_list) == len(list(iter(shared_list))) <= 1000 + THREADS,
      all(type(x) is tuple and len(x) == 2 for x in shared_list))
print('dict consistent:', len(shared_dict) == len(list(shared_dict.items())) == len(set(shared_dict)),
      all(type(v) is int for v in shared_dict.values()))
print('set consistent:', len(shared_set) == len(list(shared_set)) <= 500)
print('threads alive:', threading.active_count())
