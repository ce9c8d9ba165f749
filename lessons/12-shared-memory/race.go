package main

import (
	"fmt"
	"sync"
)

func main() {
	counter := 0
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10000; i++ {
				counter++ // load, add, store: another goroutine can run in between
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter, "(expected 40000)")
}
