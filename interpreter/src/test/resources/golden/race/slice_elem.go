package main

import (
	"fmt"
	"time"
)

func fill(s []int, v int) {
	for i := range s {
		s[i] = v
	}
}

func main() {
	s := make([]int, 3)
	go fill(s, 1)
	fill(s[1:], 2)
	time.Sleep(time.Millisecond)
	fmt.Println(len(s))
}
