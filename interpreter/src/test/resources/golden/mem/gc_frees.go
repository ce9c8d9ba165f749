package main

import (
	"fmt"
	"runtime"
)

type Node struct {
	Val  int
	Next *Node
}

var head *Node

func heap() (uint64, uint64) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc, ms.HeapObjects
}

func main() {
	runtime.GC()
	a0, o0 := heap()
	for i := 0; i < 10000; i++ {
		head = &Node{i, head}
	}
	runtime.GC()
	a1, o1 := heap()
	fmt.Println("list of 10000 nodes:", a1-a0, "bytes,", o1-o0, "objects")
	head = nil
	runtime.GC()
	a2, o2 := heap()
	fmt.Println("after head = nil and GC:", int64(a2)-int64(a0), "bytes,", int64(o2)-int64(o0), "objects")

	buf := make([]byte, 100000)
	runtime.GC()
	a3, _ := heap()
	runtime.KeepAlive(buf)
	fmt.Println("make([]byte, 100000) takes", a3-a2, "bytes (whole 8 KB pages)")
	buf = nil
	runtime.GC()
	a4, _ := heap()
	fmt.Println("after buf = nil and GC:", int64(a4)-int64(a2))
	_ = buf

	small := make([][]byte, 0, 1000)
	runtime.GC()
	b0, _ := heap()
	for i := 0; i < 1000; i++ {
		small = append(small, make([]byte, 20))
	}
	runtime.GC()
	b1, _ := heap()
	fmt.Println("1000 slices of 20 bytes:", b1-b0, "bytes (size class 24)")
	runtime.KeepAlive(small)

	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("NumGC counts the collections:", ms.NumGC >= 6, "forced:", ms.NumForcedGC)
	fmt.Println("Mallocs-Frees = HeapObjects:", ms.Mallocs-ms.Frees == ms.HeapObjects)
	fmt.Println("HeapInuse >= HeapAlloc:", ms.HeapInuse >= ms.HeapAlloc, "HeapSys >= HeapInuse:", ms.HeapSys >= ms.HeapInuse, "Sys >= HeapSys:", ms.Sys >= ms.HeapSys)
}
