package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	var mu sync.Mutex
	sums := make([]int, 3)
	line := ""
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 1; i <= 4; i++ {
				sums[w] += i * (w + 1)
				mu.Lock()
				line += string(rune('A' + w))
				mu.Unlock()
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
	fmt.Println("order:", line)
	fmt.Println("sums: ", sums)
}
