package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		v := <-ch
		fmt.Println("got", v)
		var m map[string]int
		m["x"] = v
	}()
	ch <- 7
	select {}
}
