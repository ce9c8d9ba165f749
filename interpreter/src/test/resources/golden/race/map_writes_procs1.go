package main

import "sync"

// One processor: a map assignment is never interrupted, so the runtime sees no concurrent writes.
func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			for j := 0; j < 100000; j++ {
				m[j] = n
			}
		}(i)
	}
	wg.Wait()
}
