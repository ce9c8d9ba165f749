package main

import (
	"fmt"
	"sync"
)

// A channel of capacity 1 as a lock: the k-th receive happens before the (k+1)-th send
// completes, so the increments are ordered.
func main() {
	sem := make(chan struct{}, 1)
	total := 0
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				sem <- struct{}{}
				total += n
				<-sem
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("total:", total)
}
