// pattern: Next.js pages/api handler (req.method switch, res.status().json()) catching a database error; flaw at line 23
import { connectToDatabase } from '../../../lib/mongodb';
import { getToken } from 'next-auth/jwt';

export default async function handler(req, res) {
  const token = await getToken({ req });
  if (!token) {
    return res.status(401).json({ message: 'Not authenticated' });
  }

  const { db } = await connectToDatabase();

  switch (req.method) {
    case 'GET': {
      try {
        const bookmarks = await db
          .collection('bookmarks')
          .find({ owner: token.sub })
          .sort({ createdAt: -1 })
          .toArray();
        return res.status(200).json(bookmarks);
      } catch (error) {
        return res.status(500).json({ message: 'Could not load bookmarks', error });
      }
    }
    default:
      res.setHeader('Allow', ['GET']);
      return res.status(405).end(`Method ${req.method} Not Allowed`);
  }
}
