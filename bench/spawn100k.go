package main

import (
	"fmt"
	"sync"
)

// 100,000 goroutines spawned and joined with a WaitGroup.
func main() {
	const n = 100_000
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(total)
}
