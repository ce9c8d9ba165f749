package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

func main() {
	c := counter{n: map[string]int{}}
	var wg sync.WaitGroup
	var once sync.Once
	var inits atomic.Int32
	var total int64
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { inits.Add(1) })
			c.inc([]string{"a", "b", "c"}[i%3])
			atomic.AddInt64(&total, int64(i))
		}()
	}
	wg.Wait()
	keys := make([]string, 0)
	for k := range c.n {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, c.n[k])
	}
	fmt.Println("inits", inits.Load(), "total", atomic.LoadInt64(&total))

	var rw sync.RWMutex
	shared := 0
	var wg2 sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg2.Add(2)
		go func() {
			defer wg2.Done()
			rw.Lock()
			shared += i
			rw.Unlock()
		}()
		go func() {
			defer wg2.Done()
			rw.RLock()
			_ = shared
			rw.RUnlock()
		}()
	}
	wg2.Wait()
	fmt.Println("shared", shared)

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	done := make(chan bool)
	go func() {
		mu.Lock()
		for !ready {
			cond.Wait()
		}
		mu.Unlock()
		done <- true
	}()
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	fmt.Println("woken", <-done)
	fmt.Println(mu.TryLock(), mu.TryLock())
}
