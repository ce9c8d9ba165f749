package main

import (
	"fmt"
	"unsafe"
)

type Record struct {
	active bool
	id     int64
	ok     bool
	score  int32
	flag   bool
	total  int64
}

func main() {
	r := Record{active: true, id: 7, ok: true, score: 90, flag: false, total: 1234}
	fmt.Println("size", unsafe.Sizeof(r))
	fmt.Println(r.active, r.id, r.ok, r.score, r.flag, r.total)
}
