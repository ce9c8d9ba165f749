package main

import "fmt"

// Each result is written before it is sent, and read after it is received: no race.
type result struct {
	id    int
	value int
}

func main() {
	data := make([]int, 8)
	done := make(chan bool)
	go func() {
		for i := range data {
			data[i] = i * i
		}
		done <- true
	}()
	<-done
	fmt.Println(data)

	results := make(chan *result)
	for i := 0; i < 3; i++ {
		go func(id int) {
			r := &result{id: id}
			r.value = id * 10
			results <- r
		}(i)
	}
	sum := 0
	for i := 0; i < 3; i++ {
		r := <-results
		sum += r.value
	}
	fmt.Println("sum:", sum)

	// close happens before a receive that sees the channel closed
	ready := make(chan struct{})
	msg := ""
	go func() {
		msg = "hello"
		close(ready)
	}()
	<-ready
	fmt.Println(msg)
}
