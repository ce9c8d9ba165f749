package main

import "fmt"

type T struct{}

func (T) String() string { panic("boom") }

func deep(n int) string {
	if n == 0 {
		return fmt.Sprint(T{})
	}
	return deep(n - 1)
}

func main() {
	// fmt recovers the String method's panic; the goroutine is back in main afterwards
	fmt.Println(deep(3))
	ch := make(chan int)
	<-ch
}
