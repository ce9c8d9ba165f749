package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var hits int64
	var ops atomic.Int32
	var ready atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 250; j++ {
				atomic.AddInt64(&hits, 1)
				ops.Add(1)
			}
		}()
	}
	wg.Wait()
	ready.Store(true)
	fmt.Println(atomic.LoadInt64(&hits), ops.Load(), ready.Load())
}
