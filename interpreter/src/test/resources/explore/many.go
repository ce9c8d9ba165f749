package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	n := 0
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			n += i
			fmt.Println(i)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("total", n)
}
