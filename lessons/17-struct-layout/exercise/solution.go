package main

import (
	"fmt"
	"unsafe"
)

type Record struct {
	id     int64
	total  int64
	score  int32
	active bool
	ok     bool
	flag   bool
}

func main() {
	r := Record{active: true, id: 7, ok: true, score: 90, flag: false, total: 1234}
	fmt.Println("size", unsafe.Sizeof(r))
	fmt.Println(r.active, r.id, r.ok, r.score, r.flag, r.total)
}
