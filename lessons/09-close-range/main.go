package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch) // no more sends; buffered values can still be received

	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	v, ok = <-ch // closed and empty: the zero value, and ok is false
	fmt.Println(v, ok)

	words := make(chan string)
	go func() {
		for _, w := range []string{"go", "is", "fun"} {
			words <- w
		}
		close(words) // ends the receiver's range loop
	}()
	for w := range words {
		fmt.Println("word:", w)
	}
	fmt.Println("range ended")
}
