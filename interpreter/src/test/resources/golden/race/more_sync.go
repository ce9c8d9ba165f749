package main

import (
	"fmt"
	"sync"
	"time"
)

type cache struct {
	mu   sync.RWMutex
	data map[string]int
}

func (c *cache) get(k string) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.data[k]
}

func (c *cache) put(k string, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

var (
	once   sync.Once
	config map[string]string
)

func loadConfig() {
	config = map[string]string{"mode": "fast"}
}

func main() {
	c := &cache{data: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(2)
		go func(i int) {
			defer wg.Done()
			c.put(fmt.Sprint(i), i)
		}(i)
		go func(i int) {
			defer wg.Done()
			_ = c.get(fmt.Sprint(i))
			once.Do(loadConfig)
			_ = config["mode"]
		}(i)
	}
	wg.Wait()
	fmt.Println(len(c.data), config["mode"])

	// unbuffered hand-off in both directions, select, and a timer's function
	ping, pong := make(chan int), make(chan int)
	shared := 0
	go func() {
		for v := range ping {
			shared += v
			pong <- shared
		}
	}()
	for i := 1; i <= 3; i++ {
		shared *= 2
		select {
		case ping <- i:
		case <-time.After(time.Second):
		}
		<-pong
	}
	close(ping)
	fmt.Println(shared)

	var cond = sync.NewCond(&sync.Mutex{})
	flag := false
	note := ""
	note = "before AfterFunc"
	time.AfterFunc(time.Millisecond, func() {
		note += ", in the timer"
		cond.L.Lock()
		flag = true
		cond.L.Unlock()
		cond.Signal()
	})
	cond.L.Lock()
	for !flag {
		cond.Wait()
	}
	cond.L.Unlock()
	fmt.Println(note)
}
