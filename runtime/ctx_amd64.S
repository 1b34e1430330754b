/*
 * ctx_amd64.S: goroutine context switch for x86-64 (System V ABI).
 *
 * rt_ctx_switch(void **save_sp, void *new_sp) pushes the callee-saved
 * registers on the current stack, stores the stack pointer in *save_sp,
 * loads new_sp and pops the other goroutine's registers: returning from it
 * resumes that goroutine where it called rt_ctx_switch.  Caller-saved
 * registers need no saving: the C compiler already assumes a call clobbers
 * them.  save_sp may be a dummy when the current goroutine never resumes.
 *
 * A new goroutine's stack is prepared by sched_core.c as if it had called
 * rt_ctx_switch from rt_ctx_start: six register slots (r12 = argument,
 * r13 = entry function) and rt_ctx_start as the return address.
 * Frame layout from the saved sp upward: r15 r14 r13 r12 rbx rbp ret.
 */
#if defined(__x86_64__)
	.text
	.globl rt_ctx_switch
	.type rt_ctx_switch, @function
rt_ctx_switch:
	.cfi_startproc
	pushq %rbp
	pushq %rbx
	pushq %r12
	pushq %r13
	pushq %r14
	pushq %r15
	movq %rsp, (%rdi)
	movq %rsi, %rsp
	popq %r15
	popq %r14
	popq %r13
	popq %r12
	popq %rbx
	popq %rbp
	ret
	.cfi_endproc
	.size rt_ctx_switch, .-rt_ctx_switch

	/* First code of a new goroutine: entry(arg); entry never returns. */
	.globl rt_ctx_start
	.type rt_ctx_start, @function
rt_ctx_start:
	.cfi_startproc
	.cfi_undefined rip
	xorl %ebp, %ebp
	movq %r12, %rdi
	callq *%r13
	ud2
	.cfi_endproc
	.size rt_ctx_start, .-rt_ctx_start
#endif
	.section .note.GNU-stack,"",@progbits
