package main

import "fmt"

// A reader and a writer in parallel: Go's runtime catches the read during a write.
func main() {
	m := map[int]int{}
	done := make(chan bool)
	go func() {
		for i := 0; i < 100000; i++ {
			m[i%100] = i
		}
		done <- true
	}()
	sum := 0
	for i := 0; i < 100000; i++ {
		sum += m[i%100]
	}
	<-done
	fmt.Println(sum > 0)
}
