package main

// append writes into a shared backing array when it has room; copy reads its source.

import (
	"fmt"
	"sync"
)

func main() {
	base := make([]int, 0, 10)
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s := append(base, i)
			_ = s
		}(i)
	}
	wg.Wait()
	dst := make([]int, 3)
	src := []int{1, 2, 3}
	wg.Add(1)
	go func() {
		defer wg.Done()
		src[1] = 9
	}()
	copy(dst, src)
	wg.Wait()
	fmt.Println(dst[0])
}
