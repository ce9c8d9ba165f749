package main

import (
	"fmt"
	"sync"
)

func Count(n, workers int) int {
	var (
		wg sync.WaitGroup
		mu sync.Mutex
		c  int
	)
	_ = &mu
	for w := 0; w < workers; w++ {
		share := n / workers
		if w < n%workers {
			share++
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < share; i++ {
				c++
			}
		}()
	}
	wg.Wait()
	return c
}

func main() {
	fmt.Println(Count(1000, 4))
}
