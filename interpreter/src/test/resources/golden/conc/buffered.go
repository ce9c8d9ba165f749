package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch, <-ch)
	ch <- "c"
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Printf("%q %v\n", v, ok)
	var nums = make(chan int, 5)
	for i := range 5 {
		nums <- i * i
	}
	close(nums)
	sum := 0
	for n := range nums {
		sum += n
	}
	fmt.Println("sum", sum)
}
