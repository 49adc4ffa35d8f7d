// pattern: knex query with whereRaw built by a local filter helper (knex docs "whereRaw", future4code connection.raw examples); flaw at line 22
import type { Request, Response } from "express";
import { knex } from "../database/connection";

type TicketFilters = { status?: string; assignee?: string };

function buildFilterClause({ status, assignee }: TicketFilters): string {
  const parts = ["1 = 1"];
  if (status) parts.push(`status = '${status}'`);
  if (assignee) parts.push(`assignee_id = '${assignee}'`);
  return parts.join(" AND ");
}

export async function listTickets(req: Request, res: Response) {
  const filters: TicketFilters = {
    status: req.query.status as string | undefined,
    assignee: req.query.assignee as string | undefined,
  };

  const tickets = await knex("tickets")
    .select("id", "title", "status", "assignee_id", "created_at")
    .whereRaw(buildFilterClause(filters))
    .orderBy("created_at", "desc")
    .limit(100);

  res.json(tickets);
}
