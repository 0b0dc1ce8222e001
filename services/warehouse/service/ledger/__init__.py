"""The warehouse ledger: the one way stock changes.

Every movement is a set of postings (lot x location x status: qty delta, reserved delta) and a
ledger row saying what the user posted. One writer applies and records them: the database
function `warehouse_post_movements` (migration 0005). It applies postings in one global order
(lot, location, status), so concurrent movements never wait on each other in a cycle; a
decrease is a single guarded UPDATE that only matches when the stock is there
(`qty + dq >= reserved + dr`), so two clients never both take the last unit and a short balance
is refused, never driven negative. The table CHECKs stay as the last line of defence, and the
ledger tables refuse UPDATE, DELETE and TRUNCATE (migration 0004).

This package only prepares the function's arguments and explains its refusals:

- `append.append`: movements in the use case's transaction (decisions, reservations,
  shipments, transfers, and any movement the one-statement path hands back);
- `append.append_once`: a plain movement as one autocommit statement, request id included;
- `rows`: a draft as the function's rows (the movement's one column list), event and view;
- `allocations`: an issue's draw on its reservation, a reserved transfer's move of it;
- `holds`: the lot lock that makes holds and deposits of AVAILABLE stock wait on each other;
- `shortage`: why a posting found too little stock, as the refusal the caller sees.
"""
