package main

import (
	"fmt"
	"sync"
)

// A channel of capacity 2 lets two goroutines in at once: the shared total races.
func main() {
	sem := make(chan struct{}, 2)
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
	fmt.Println(total > 0)
}
